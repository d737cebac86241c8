/**
 * Reads output the way the GitHub Actions runner does: a line whose text (after leading
 * white space) starts with `::` is a v2 workflow command, and `##[` anywhere on a line starts a
 * v1 command. Tests use it to prove untrusted text never becomes one.
 */
export interface ParsedCommand {
  command: string;
  properties: Record<string, string>;
  data: string;
}

export function parseWorkflowCommands(output: string): { commands: ParsedCommand[]; v1: string[] } {
  const commands: ParsedCommand[] = [];
  const v1: string[] = [];
  for (const line of output.split(/\r?\n/)) {
    if (line.includes('##[')) v1.push(line);
    const trimmed = line.trimStart();
    if (!trimmed.startsWith('::')) continue;
    const end = trimmed.indexOf('::', 2);
    if (end === -1) continue;
    const info = trimmed.slice(2, end);
    const space = info.indexOf(' ');
    const command = space === -1 ? info : info.slice(0, space);
    const properties: Record<string, string> = {};
    if (space !== -1) {
      for (const pair of info.slice(space + 1).split(',')) {
        const equals = pair.indexOf('=');
        if (equals > 0)
          properties[pair.slice(0, equals)] = unescapeProperty(pair.slice(equals + 1));
      }
    }
    commands.push({ command, properties, data: unescapeData(trimmed.slice(end + 2)) });
  }
  return { commands, v1 };
}

function unescapeData(text: string): string {
  return text.replaceAll('%0D', '\r').replaceAll('%0A', '\n').replaceAll('%25', '%');
}

function unescapeProperty(text: string): string {
  return unescapeData(text.replaceAll('%3A', ':').replaceAll('%2C', ','));
}
