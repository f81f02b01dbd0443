/**
 * A small WebDriver BiDi client for the commands the Firefox smoke test sends, over one
 * WebSocket. Every command has a time limit, so a browser that stops responding fails the test
 * instead of hanging it.
 */
import WebSocket from 'ws';

/** A value as BiDi serialises it: primitives carry `value`, nodes carry `sharedId`. */
export interface RemoteValue {
  type: string;
  value?: unknown;
  sharedId?: string;
}

export interface EvaluateResult {
  type: 'success' | 'exception';
  result?: RemoteValue;
  exceptionDetails?: { text: string };
}

interface CommandResponse {
  type: 'success';
  id: number;
  result: unknown;
}

interface ErrorResponse {
  type: 'error';
  id: number | null;
  error: string;
  message: string;
}

interface EventMessage {
  type: 'event';
  method: string;
  params: unknown;
}

type Message = CommandResponse | ErrorResponse | EventMessage;

interface Pending {
  method: string;
  resolve(result: unknown): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

export class BidiError extends Error {}

export class BidiConnection {
  readonly #socket: WebSocket;
  readonly #pending = new Map<number, Pending>();
  #nextId = 1;
  #closedReason: string | null = null;

  private constructor(socket: WebSocket) {
    this.#socket = socket;
    socket.on('message', (data) => this.#receive(String(data)));
    socket.on('close', () => this.#failAll('the WebDriver BiDi connection closed'));
    socket.on('error', (error) => this.#failAll(`the WebDriver BiDi connection failed: ${error.message}`));
  }

  /** Opens a connection to `url` (the browser's `ws://127.0.0.1:PORT` plus `/session`). */
  static async open(url: string, timeoutMs = 10_000): Promise<BidiConnection> {
    const socket = new WebSocket(url, { handshakeTimeout: timeoutMs });
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    return new BidiConnection(socket);
  }

  /** Sends one command and resolves with its result, or rejects with the browser's error. */
  send<Result>(method: string, params: object = {}, timeoutMs = 20_000): Promise<Result> {
    if (this.#closedReason !== null) return Promise.reject(new BidiError(`${method}: ${this.#closedReason}`));
    const id = this.#nextId++;
    return new Promise<Result>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#pending.delete(id);
        reject(new BidiError(`${method}: timed out after ${timeoutMs} ms`));
      }, timeoutMs);
      this.#pending.set(id, { method, resolve: (result) => resolve(result as Result), reject, timer });
      this.#socket.send(JSON.stringify({ id, method, params }));
    });
  }

  close(): void {
    this.#failAll('the WebDriver BiDi connection was closed by the test');
    this.#socket.terminate();
  }

  #receive(text: string): void {
    const message = JSON.parse(text) as Message;
    // The test subscribes to no events, and an error without an id matches no command.
    if (message.type === 'event' || message.id === null) return;
    const pending = this.#pending.get(message.id);
    if (!pending) return;
    this.#pending.delete(message.id);
    clearTimeout(pending.timer);
    if (message.type === 'success') pending.resolve(message.result);
    else pending.reject(new BidiError(`${pending.method}: ${message.error}: ${message.message}`));
  }

  #failAll(reason: string): void {
    this.#closedReason ??= reason;
    for (const [id, pending] of this.#pending) {
      clearTimeout(pending.timer);
      pending.reject(new BidiError(`${pending.method}: ${reason}`));
      this.#pending.delete(id);
    }
  }
}
