using System.Text;
using CsCheck;
using Manifests.Generators.Helpers;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Manifests.Tests.Generator;

/// <summary>The string literals of the generated source: the compiler must read back exactly the YAML written.</summary>
public class CSharpLiteralTests
{
    [Fact]
    public void Every_string_reads_back_unchanged_from_its_literal() =>
        Gen.String[Gen.Char["ab \"\\'{}\0\a\b\f\n\r\t\v\u0001\u001b\u007f\u0085\u00a0\u2028\u2029\u200b\ufeff\ud83d\ude00\ud800\udc00é中"], 0, 24]
            .Sample(value => Assert.Equal(value, ReadBack(value)), iter: 50_000);

    [Theory]
    [InlineData("apiVersion: v1\nkind: Service\n", "\"apiVersion: v1\\nkind: Service\\n\"")]
    [InlineData("say \"hi\" \\ bye", "\"say \\\"hi\\\" \\\\ bye\"")]
    [InlineData("line\u2028separator", "\"line\\u2028separator\"")]
    public void Literals_are_written_as_a_reader_expects(string value, string expected)
        => Assert.Equal(expected, CSharpLiteral.Append(new StringBuilder(), value).ToString());

    private static string ReadBack(string value)
    {
        var literal = CSharpLiteral.Append(new StringBuilder(), value).ToString();
        var expression = SyntaxFactory.ParseExpression(literal);
        Assert.Empty(expression.GetDiagnostics());
        return Assert.IsType<LiteralExpressionSyntax>(expression).Token.ValueText;
    }
}
