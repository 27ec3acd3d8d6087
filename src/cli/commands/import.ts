import type { Command } from 'commander';

// Placeholder: the `import` command is registered by the module that implements it.
export function register(_program: Command): void {}
