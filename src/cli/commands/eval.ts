import type { Command } from 'commander';

// Placeholder: the `eval` command is registered by the module that implements it.
export function register(_program: Command): void {}
