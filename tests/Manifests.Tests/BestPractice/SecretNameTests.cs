using Manifests.Generators.Domain.BestPractice;

namespace Manifests.Tests.BestPractice;

/// <summary>
/// Which names and values KM503 takes for secrets: words, never substrings. Each row documents a decision; the hostile
/// ones (a secret word inside another word, a name about a secret rather than of one) are the point.
/// </summary>
public class SecretNameTests
{
    [Theory]
    [InlineData("DB_PASSWORD", "PASSWORD")]
    [InlineData("dbPassword", "Password")]
    [InlineData("DbPassword", "Password")]
    [InlineData("SPRING_DATASOURCE_PASSWORD", "PASSWORD")]
    [InlineData("REDIS_PASSWD", "PASSWD")]
    [InlineData("DB_PASS", "PASS")]
    [InlineData("MYSQL_PWD", "PWD")]
    [InlineData("GPG_PASSPHRASE", "PASSPHRASE")]
    [InlineData("JWT_SECRET", "SECRET")]
    [InlineData("SECRET_KEY_BASE", "SECRET")]
    [InlineData("AWS_SECRET_ACCESS_KEY", "SECRET")]
    [InlineData("OAuth__ClientSecret", "Secret")]
    [InlineData("GITHUB_TOKEN", "TOKEN")]
    [InlineData("OAUTH2_TOKEN", "TOKEN")]
    [InlineData("API_KEY", "API_KEY")]
    [InlineData("STRIPE_API_KEY", "API_KEY")]
    [InlineData("x-api-key", "api-key")]
    [InlineData("SendGrid__ApiKey", "ApiKey")]
    [InlineData("APIKey", "APIKey")]
    [InlineData("APIKEY", "APIKEY")]
    [InlineData("TLS_PRIVATE_KEY", "PRIVATE_KEY")]
    [InlineData("AZURE_STORAGE_ACCOUNT_KEY", "ACCOUNT_KEY")]
    [InlineData("JWT_SIGNING_KEY", "SIGNING_KEY")]
    [InlineData("GOOGLE_APPLICATION_CREDENTIALS_JSON", "CREDENTIALS")]
    [InlineData("REGISTRY_CREDS", "CREDS")]
    [InlineData("SECRET", "SECRET")]
    [InlineData("password", "password")]
    [InlineData("DB_PASSWORD2", "PASSWORD")]
    [InlineData("PGPASSWORD", "PGPASSWORD")]             // one word, but no word other than a password ends in PASSWORD
    [InlineData("MYSQL_ROOTPASSWORD", "ROOTPASSWORD")]
    public void Secret_names(string name, string part) => Assert.Equal(part, SecretNames.SecretPart(name));

    [Theory]
    [InlineData("PASSWORDLESS_LOGIN")]       // one word: passwordless, not password
    [InlineData("COMPASS_HOST")]             // 'pass' inside a word
    [InlineData("BYPASS_CACHE")]
    [InlineData("PASS_THROUGH")]             // 'pass' as a verb: only a last word after another is a password
    [InlineData("PWD")]                      // alone, the working directory
    [InlineData("TOKENIZER_MODEL")]
    [InlineData("SECRETARY_EMAIL")]
    [InlineData("USERNAME")]
    [InlineData("DB_USER")]
    [InlineData("KEYCLOAK_URL")]
    [InlineData("CACHE_KEY")]                // a key, but no kind of key that is a secret
    [InlineData("ACCESS_KEY_ID")]
    [InlineData("DB_PASSWORD_FILE")]         // a path to the secret (the Docker convention), not the secret
    [InlineData("POSTGRES_PASSWORD_FILE")]
    [InlineData("SECRETS_DIR")]
    [InlineData("TOKEN_URL")]
    [InlineData("OAUTH_TOKEN_ENDPOINT")]
    [InlineData("CSRF_TOKEN_HEADER")]
    [InlineData("SECRET_NAME")]              // the name of a Secret, not its value
    [InlineData("TOKEN_TTL")]
    [InlineData("PASSWORD_MIN_LENGTH")]
    [InlineData("PASSWORD_RESET_URL")]
    [InlineData("API_KEY_HEADER")]
    [InlineData("")]
    [InlineData("__")]
    public void Not_secret_names(string name) => Assert.Null(SecretNames.SecretPart(name));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("yes")]
    [InlineData("No")]
    [InlineData("TRUE")]
    [InlineData("off")]
    [InlineData("0")]
    [InlineData("1")]
    [InlineData("$(DB_PASSWORD)")]
    public void Values_that_cannot_be_a_secret(string value) => Assert.True(SecretValues.CannotBeSecret(value));

    [Theory]
    [InlineData("hunter2")]
    [InlineData("12345")]
    [InlineData("$(A)$(B)")]
    [InlineData("prefix-$(DB_PASSWORD)")]
    public void Values_that_can_be_a_secret(string value) => Assert.False(SecretValues.CannotBeSecret(value));

    [Theory]
    [InlineData("Server=db;User Id=shop;Password=hunter2;", nameof(SecretEvidence.ConnectionStringPassword), "Password")]
    [InlineData("Data Source=db;Initial Catalog=shop;PWD=hunter2", nameof(SecretEvidence.ConnectionStringPassword), "PWD")]
    [InlineData("host=db dbname=shop password=hunter2", nameof(SecretEvidence.ConnectionStringPassword), "password")]
    [InlineData("postgres://shop:hunter2@db:5432/shop", nameof(SecretEvidence.UrlPassword), "postgres")]
    [InlineData("redis://:hunter2@cache:6379/0", nameof(SecretEvidence.UrlPassword), "redis")]
    [InlineData("amqp://guest:guest@rabbitmq", nameof(SecretEvidence.UrlPassword), "amqp")]
    public void Values_that_show_a_password(string value, string evidence, string detail)
        => Assert.Equal((Enum.Parse<SecretEvidence>(evidence), detail), SecretValues.Find(value));

    [Theory]
    [InlineData("Server=db;User Id=shop;Integrated Security=true")]
    [InlineData("Server=db;Password=;")]                 // empty: nothing to leak
    [InlineData("Server=db;Password=$(DB_PASSWORD)")]    // Kubernetes expands the variable
    [InlineData("Password=hunter2")]                     // one setting alone is no connection string
    [InlineData("postgres://shop@db:5432/shop")]         // a user, no password
    [InlineData("http://db:5432/@admin")]                // '@' in the path, not in the user info
    [InlineData("https://auth.example.com/oauth/token?user=a:b@c")]
    [InlineData("mailto:someone@example.com")]
    public void Values_that_show_no_password(string value) => Assert.Equal(SecretEvidence.None, SecretValues.Find(value).Evidence);
}
