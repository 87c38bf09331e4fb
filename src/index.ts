/** The bundle's entry: the only file that touches globalThis. */

import { entrypoints } from './entrypoints';

Object.assign(globalThis, entrypoints);
