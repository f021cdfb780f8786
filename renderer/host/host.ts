/**
 * The renderer's only way to reach its host. Two transports (the Electron bridge and the web host's
 * HTTP RPC) sit behind this one interface, chosen once at start-up.
 */
import type { CommandName, EventName, InputOf, OutputOf, PayloadOf } from '../../shared/contract/index';
import type { BatchCall } from '../../shared/contract/web-api';
import type { AppError, Result } from '../../shared/errors';

/** A failed command, carrying the error as data for the UI to word. */
export class HostError extends Error {
  constructor(readonly error: AppError) {
    super(error.message);
    this.name = 'HostError';
  }
}

/** The untyped wire a transport provides. */
export interface Transport {
  kind: 'electron' | 'web';
  invoke(name: string, input: unknown): Promise<Result<unknown>>;
  on(name: string, listener: (payload: unknown) => void): () => void;
  /** Sends a spec file's bytes as one body (the web host); absent where a command carries any size (Electron's IPC). */
  uploadSpec?(file: Blob, input: SpecUploadInput): Promise<Result<unknown>>;
  /** Runs several commands in one round trip, a result each in order (the web host); absent where each call is cheap (Electron's IPC). */
  invokeAll?(calls: readonly BatchCall[]): Promise<Result<unknown>[]>;
}

/** What goes with an uploaded spec file: its name and, when answering a question, the choice. */
export interface SpecUploadInput {
  fileName: string;
  replaceId?: string;
  asNew?: boolean;
}

/** The typed host the UI uses. */
export interface Host {
  kind: 'electron' | 'web';
  /** Runs a command; rejects with {@link HostError} when it fails. */
  invoke<N extends CommandName>(name: N, input: InputOf<N>): Promise<OutputOf<N>>;
  /** Subscribes to an event; returns the unsubscribe function. */
  on<E extends EventName>(name: E, listener: (payload: PayloadOf<E>) => void): () => void;
  /** The answer to this question if it is already here (asked early, see early-answers.ts), to draw from at once; undefined otherwise. */
  peek?<N extends CommandName>(name: N, input: InputOf<N>): { value: OutputOf<N> } | undefined;
  /** Imports a spec file sent as its bytes, as `specs.importText` would; absent when the host takes the text instead. */
  uploadSpec?(file: Blob, input: SpecUploadInput): Promise<OutputOf<'specs.importText'>>;
  /**
   * Runs several commands in one round trip: a promise each, in order, settling as {@link invoke}'s
   * would. Absent where separate calls cost nothing more (ask them one by one there).
   */
  invokeEach?(calls: readonly (readonly [CommandName, unknown])[]): Promise<unknown>[];
}

/** Wraps a transport into the typed {@link Host}. */
export function createHost(transport: Transport): Host {
  const { uploadSpec, invokeAll } = transport;
  return {
    kind: transport.kind,
    ...(invokeAll && {
      invokeEach(calls: readonly (readonly [CommandName, unknown])[]) {
        const results = invokeAll(calls.map(([name, input]) => ({ name, input })));
        return calls.map(async (_call, index) => {
          const result = (await results)[index] ?? { ok: false, error: { code: 'internal', message: 'Shoreline answered fewer commands than it was asked.' } };
          if (!result.ok) throw new HostError(result.error);
          return result.value;
        });
      },
    }),
    ...(uploadSpec && {
      async uploadSpec(file: Blob, input: SpecUploadInput) {
        const result = await uploadSpec(file, input);
        if (!result.ok) throw new HostError(result.error);
        return result.value as OutputOf<'specs.importText'>;
      },
    }),
    async invoke(name, input) {
      const result = await transport.invoke(name, input);
      if (!result.ok) throw new HostError(result.error);
      return result.value as never;
    },
    on(name, listener) {
      return transport.on(name, listener as (payload: unknown) => void);
    },
  };
}
