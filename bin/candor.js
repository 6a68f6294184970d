#!/usr/bin/env node
// Runs Candor's TypeScript directly through tsx's loader: no build step between an edit and a run.
import { register } from 'tsx/esm/api';

register();
await import('../src/server/cli/main.ts');
