/** dist/tcf-stub.js: the `__tcfapi` stub, to inline in <head> before any ad script. */
import { installStub } from './bridges/tcf/stub.js';

installStub();
