// The peer a user would pick instead of Manifests: cdk8s + cdk8s-plus, synthesizing N Deployment+Service pairs (one
// container, image registry.example.com/team/app-i:1.0.0, 2 replicas, one port, cpu and memory requests and limits,
// one toleration, a label, a ClusterIP Service), in this one node process. These were the .NET benchmarks' objects
// before Contract v1; they are not the current, richer project's (see README.md).
//
// For each N: warm-up runs, then timed runs of (a) building the constructs and (b) app.synthYaml(); prints the median
// and minimum of each as a Markdown table. Run: npm ci && node synth.js [N...]   (default 10 100 1000)
'use strict';

const { App, Chart, Size } = require('cdk8s');
const kplus = require('cdk8s-plus-33');

function build(n) {
  const app = new App();
  const chart = new Chart(app, 'bench', { namespace: 'bench', labels: { 'app.kubernetes.io/part-of': 'bench' } });
  for (let i = 0; i < n; i++) {
    const deployment = new kplus.Deployment(chart, `app-${i}`, {
      metadata: { name: `app-${i}`, labels: { tier: 'backend' } },
      replicas: 2,
      containers: [{
        name: `app-${i}`,
        image: `registry.example.com/team/app-${i}:1.0.0`,
        ports: [{ number: 8080, name: 'http' }],
        resources: {
          cpu: { request: kplus.Cpu.millis(100), limit: kplus.Cpu.millis(500) },
          memory: { request: Size.mebibytes(128), limit: Size.mebibytes(256) },
        },
      }],
    });
    deployment.scheduling.tolerate(kplus.Node.tainted(
      kplus.NodeTaintQuery.is('dedicated', 'apps', { effect: kplus.TaintEffect.NO_SCHEDULE })));
    deployment.exposeViaService({ name: `app-${i}`, serviceType: kplus.ServiceType.CLUSTER_IP, ports: [{ port: 80, targetPort: 8080 }] });
  }
  return app;
}

function ms(start) {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function run(n) {
  let start = process.hrtime.bigint();
  const app = build(n);
  const construct = ms(start);
  start = process.hrtime.bigint();
  const yaml = app.synthYaml();
  const synth = ms(start);
  return { construct, synth, total: construct + synth, yaml };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const sizes = process.argv.slice(2).map(Number);
console.log(`cdk8s ${require('cdk8s/package.json').version}, cdk8s-plus-33 ${require('cdk8s-plus-33/package.json').version}, node ${process.version}`);
console.log('| N | runs | construct median ms | synthYaml median ms | total median ms | total min ms | documents |');
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const n of sizes.length > 0 ? sizes : [10, 100, 1000]) {
  const runs = n >= 1000 ? 5 : 10;
  for (let i = 0; i < 2; i++) run(n); // warm-up: JIT and caches, as the .NET benchmarks warm up
  const results = [];
  for (let i = 0; i < runs; i++) {
    if (global.gc) global.gc();
    results.push(run(n));
  }
  // The same work: 2 documents per workload (a Deployment and a Service).
  const documents = results[0].yaml.split(/^---$/m).filter(d => d.trim().length > 0).length;
  if (documents !== 2 * n) throw new Error(`expected ${2 * n} documents, got ${documents}`);
  const f = v => v.toFixed(1);
  console.log(`| ${n} | ${runs} | ${f(median(results.map(r => r.construct)))} | ${f(median(results.map(r => r.synth)))} | ${f(median(results.map(r => r.total)))} | ${f(Math.min(...results.map(r => r.total)))} | ${documents} |`);
}
