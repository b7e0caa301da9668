import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { DEMO_PASSWORD } from '../src/demo/seed.ts';

/*
 * Lotsa as operators run it: `src/main.ts` in a child process of its own (the same entry point as
 * `npm start`), on a loopback port, with its JSON log lines kept. For the tests of several instances,
 * shutdown and logs.
 */

const main = path.resolve(import.meta.dirname, '../src/main.ts');

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** Every line it wrote to stdout so far (JSON log lines and the start-up text). */
  lines: string[];
  /** The JSON log lines, parsed. */
  logs(): Array<Record<string, unknown>>;
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', main], {
    cwd: path.dirname(main),
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      LOTSA_DEMO: 'off',
      NODE_ENV: 'test',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  let stderr = '';
  let rest = '';
  child.stdout!.on('data', (d: Buffer) => {
    const parts = (rest + d.toString()).split('\n');
    rest = parts.pop() ?? '';
    lines.push(...parts);
  });
  child.stderr!.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const line = lines.find((l) => l.includes('Lotsa is running at'));
      if (line) {
        clearInterval(timer);
        resolve(line.replace(/.*running at (\S+).*/, '$1').replace('localhost', '127.0.0.1'));
      }
    }, 50);
    exited.then((code) => {
      clearInterval(timer);
      reject(new Error(`Lotsa exited (${code}) before it listened:\n${stderr}\n${lines.join('\n')}`));
    });
  });
  return {
    url,
    child,
    lines,
    logs: () =>
      lines.flatMap((l) => {
        if (!l.startsWith('{')) return [];
        try {
          return [JSON.parse(l) as Record<string, unknown>];
        } catch {
          return [];
        }
      }),
    exited,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
    },
  };
}

export interface HttpReply<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

/** A browser-like client of one server address: keeps the session cookie and the CSRF token. */
export class HttpClient {
  cookie: string | null = null;
  csrf = '';

  constructor(public base: string) {}

  /** The same signed-in user, talking to another instance. */
  at(base: string): HttpClient {
    const c = new HttpClient(base);
    c.cookie = this.cookie;
    c.csrf = this.csrf;
    return c;
  }

  async send<T = any>(method: string, url: string, body?: unknown): Promise<HttpReply<T>> {
    const res = await fetch(this.base + url, {
      method,
      headers: {
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(method !== 'GET' && this.csrf ? { 'x-csrf-token': this.csrf } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {}
    return { status: res.status, body: parsed as T, headers: res.headers };
  }

  get<T = any>(url: string) {
    return this.send<T>('GET', url);
  }
  post<T = any>(url: string, body: unknown = {}) {
    return this.send<T>('POST', url, body);
  }

  async signIn(username: string, password = DEMO_PASSWORD): Promise<HttpReply> {
    const res = await fetch(`${this.base}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    const body = (await res.json().catch(() => null)) as { csrfToken: string } | null;
    if (res.status === 200) {
      this.cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? null;
      this.csrf = body?.csrfToken ?? '';
    }
    return { status: res.status, body, headers: res.headers };
  }
}
