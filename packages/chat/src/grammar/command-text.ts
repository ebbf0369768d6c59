import type { ParsedArgs } from '../commands/define-command.ts';

const ADDRESS_OPTIONS = new Set(['postcode', 'number', 'addition']);

/**
 * Parsed arguments written back as canonical command text (`delta 1071AA 28 B wall_insulation=3`),
 * which parses to the same arguments. Apps carry it in stateless buttons ("Share", "What if…")
 * instead of re-reading what the user typed. Secret arguments never reach `options`, so never this.
 */
export function commandText(args: ParsedArgs): string {
  const parts = [args.command, ...args.path];
  const measureKeys = new Set(args.measures.map((m) => m.key));
  if (args.address) {
    const { postcode, housenumber, addition } = args.address;
    parts.push(postcode, String(housenumber), ...(addition ? [addition] : []));
  } else if (args.addressText !== undefined) {
    parts.push(args.addressText);
  }
  for (const [name, value] of Object.entries(args.options)) {
    if (value === undefined || measureKeys.has(name) || (args.address && ADDRESS_OPTIONS.has(name))) continue;
    parts.push(`${name}=${String(value)}`);
  }
  for (const measure of args.measures) parts.push(`${measure.key}=${measure.level}`);
  return parts.join(' ');
}
