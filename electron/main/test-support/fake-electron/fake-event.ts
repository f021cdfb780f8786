/** Electron's preventable event object, as app and window events pass it. */

/** An event whose default action a listener may cancel. */
export class FakeEvent {
  defaultPrevented = false;
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

/** Thrown for any Electron behaviour the fake does not model, so a test never passes on a guess. */
export function notModelled(what: string): never {
  throw new Error(`The fake Electron does not model ${what}; model it faithfully before relying on it.`);
}
