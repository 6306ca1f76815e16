// Goal: the metrics endpoint speaks plain HTTP as Prometheus expects: GET
// /metrics (with or without a query string) answers 200 with the source's
// content type and text; HEAD the same headers without a body; other methods
// on /metrics 405 with Allow; every other path 404; a failing scrape 500
// without taking the server down; a port already in use fails the start;
// close() stops it promptly even with a keep-alive connection open, and is
// idempotent.
// Method: real HTTP on 127.0.0.1 with an ephemeral port (port 0), a
// PromMetrics source with a couple of series, and node:http requests.

import { Agent, request as httpRequest } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/env/logger.js';
import { PromMetrics } from '../../src/env/node/prom-metrics.js';
import { startMetricsServer, type MetricsServer, type MetricsSource } from '../../src/server/metrics-server.js';

interface Reply {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

function send(port: number, method: string, path: string, agent?: Agent): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method, path, agent, timeout: 5_000 }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('timeout', () => req.destroy(new Error('request timed out')));
    req.on('error', reject);
    req.end();
  });
}

const servers: MetricsServer[] = [];

async function start(source: MetricsSource): Promise<MetricsServer> {
  const server = await startMetricsServer({ host: '127.0.0.1', port: 0, source, logger: silentLogger });
  servers.push(server);
  return server;
}

function source(): PromMetrics {
  const metrics = new PromMetrics();
  metrics.counter({ name: 'skiff_requests_total', help: 'Requests.', labelNames: ['api'] }).inc({ api: 'Produce' }, 2);
  metrics.gauge({ name: 'skiff_controller_active', help: 'Active controller.', collect: (g) => g.set(1) });
  return metrics;
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

describe('metrics server', () => {
  it('answers GET /metrics with the exposition text and its content type', async () => {
    const server = await start(source());
    expect(server.port).toBeGreaterThan(0);
    for (const path of ['/metrics', '/metrics?name[]=skiff_requests_total']) {
      const reply = await send(server.port, 'GET', path);
      expect(reply.status).toBe(200);
      expect(reply.headers['content-type']).toBe('text/plain; version=0.0.4; charset=utf-8');
      expect(reply.body).toContain('# TYPE skiff_requests_total counter');
      expect(reply.body).toContain('skiff_requests_total{api="Produce"} 2');
      expect(reply.body).toContain('skiff_controller_active 1');
      expect(Number(reply.headers['content-length'])).toBe(Buffer.byteLength(reply.body));
    }
  });

  it('answers HEAD with the headers only', async () => {
    const server = await start(source());
    const reply = await send(server.port, 'HEAD', '/metrics');
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toMatch(/^text\/plain/);
    expect(reply.body).toBe('');
  });

  it('404s every other path and 405s other methods on /metrics', async () => {
    const server = await start(source());
    for (const path of ['/', '/metricsx', '/metrics/', '/favicon.ico']) {
      expect((await send(server.port, 'GET', path)).status).toBe(404);
    }
    const post = await send(server.port, 'POST', '/metrics');
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET, HEAD');
  });

  it('answers 500 when the scrape fails, and keeps serving', async () => {
    let fail = true;
    const flaky: MetricsSource = { contentType: 'text/plain', scrape: () => (fail ? Promise.reject(new Error('boom')) : Promise.resolve('ok 1\n')) };
    const server = await start(flaky);
    expect((await send(server.port, 'GET', '/metrics')).status).toBe(500);
    fail = false;
    const reply = await send(server.port, 'GET', '/metrics');
    expect(reply.status).toBe(200);
    expect(reply.body).toBe('ok 1\n');
  });

  it('fails to start on a port already in use', async () => {
    const first = await start(source());
    await expect(startMetricsServer({ host: '127.0.0.1', port: first.port, source: source(), logger: silentLogger })).rejects.toThrow(/EADDRINUSE/);
  });

  it('closes promptly with a keep-alive connection open; close is idempotent', async () => {
    const server = await start(source());
    const agent = new Agent({ keepAlive: true });
    expect((await send(server.port, 'GET', '/metrics', agent)).status).toBe(200);
    const startedMs = Date.now();
    await Promise.all([server.close(), server.close()]);
    expect(Date.now() - startedMs).toBeLessThan(2_000);
    await expect(send(server.port, 'GET', '/metrics')).rejects.toThrow(/ECONNREFUSED/);
    agent.destroy();
  });
});
