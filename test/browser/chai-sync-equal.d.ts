// @open-wc/semantic-dom-diff types chai's equal() as returning a promise (for
// its DOM snapshots); the plain comparisons these tests make are synchronous.
declare global {
  namespace Chai {
    interface Equal {
      (value: unknown, message?: string): Assertion;
    }
  }
}
export {};
