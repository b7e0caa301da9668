import { connect, type Socket } from 'node:net';

/**
 * One keep-alive HTTP/1.1 connection that sends a request and waits for its answer, with nothing in between:
 * no pool, no streams, no header objects. The load generator uses it so that the generator costs little
 * CPU next to the servers it measures (Node's `fetch` costs several times more per request, and the
 * generator shares the machine's cores with the server and the database). Answers must carry
 * `content-length` (Fastify's and the ceiling's do); anything else fails loudly.
 */
export class SocketClient {
  private socket: Socket | null = null;
  private buffer: Buffer = Buffer.alloc(0);
  private waiting: { resolve: (a: Answer) => void; reject: (e: Error) => void } | null = null;
  private readonly host: string;
  private readonly port: number;

  constructor(baseUrl: string) {
    const url = new URL(baseUrl);
    this.host = url.hostname;
    this.port = Number(url.port);
  }

  private open(): Promise<Socket> {
    return new Promise((resolve, reject) => {
      const s = connect({ host: this.host, port: this.port, noDelay: true });
      s.once('connect', () => resolve(s));
      s.once('error', reject);
      s.on('data', (chunk: Buffer) => {
        this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
        this.parse();
      });
      s.on('close', () => {
        if (this.socket === s) this.socket = null;
        this.waiting?.reject(new Error('the server closed the connection'));
        this.waiting = null;
      });
    });
  }

  private parse() {
    if (!this.waiting) return;
    const end = this.buffer.indexOf('\r\n\r\n');
    if (end < 0) return;
    const head = this.buffer.toString('latin1', 0, end);
    const status = Number(head.slice(9, 12));
    const length = /\r\ncontent-length: *(\d+)/i.exec(head);
    if (!length) {
      this.waiting.reject(new Error(`an answer without content-length: ${head.slice(0, 200)}`));
      this.waiting = null;
      return;
    }
    const total = end + 4 + Number(length[1]);
    if (this.buffer.length < total) return;
    const body = this.buffer.toString('utf8', end + 4, total);
    const close = /\r\nconnection: *close/i.test(head);
    this.buffer = this.buffer.subarray(total);
    const w = this.waiting;
    this.waiting = null;
    if (close) {
      this.socket?.destroy();
      this.socket = null;
    }
    w.resolve({ status, body });
  }

  async send(method: string, path: string, headers: Record<string, string>, body?: string): Promise<Answer> {
    this.socket ??= await this.open();
    let text = `${method} ${path} HTTP/1.1\r\nhost: ${this.host}:${this.port}\r\n`;
    for (const [k, v] of Object.entries(headers)) text += `${k}: ${v}\r\n`;
    if (body !== undefined) text += `content-length: ${Buffer.byteLength(body)}\r\n`;
    text += `\r\n${body ?? ''}`;
    const answer = new Promise<Answer>((resolve, reject) => {
      this.waiting = { resolve, reject };
    });
    this.socket.write(text);
    return answer;
  }

  close() {
    this.socket?.destroy();
    this.socket = null;
  }
}

export interface Answer {
  status: number;
  body: string;
}
