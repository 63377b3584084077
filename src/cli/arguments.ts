// Parsers of command-line arguments, shared by the commands.
import { InvalidArgumentError } from 'commander';

/** A parser for a numeric id; `hint` says where the user finds it. */
export function idArgument(hint: string): (value: string) => number {
  return (value) => {
    if (!/^\d+$/.test(value)) throw new InvalidArgumentError(`give the numeric id${hint}.`);
    return Number(value);
  };
}
