/**
 * The validator a person runs on a charter file: every problem with its JSON path, what was found and expected (the
 * widgets' own validation, src/model/validate.ts), and where it is in the file. No DOM, no Node.
 */
import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import { charterFromText, lineAndColumn } from '../model/charter.js';
import { describeIssue } from '../model/validate.js';

export interface FileProblem {
  /** The problem in words, its JSON path first: `serviceGroups[0].services[2].name: expected text, found number`. */
  message: string;
  line: number;
  column: number;
}

export function validateFile(text: string): FileProblem[] {
  const result = charterFromText(text, 'file');
  if (result.ok) return [];
  const { error } = result;
  if (error.kind === 'json')
    return [{ message: `not valid JSON: ${error.message}`, line: error.line, column: error.column }];
  if (error.kind !== 'invalid') return [{ message: error.kind, line: 1, column: 1 }];
  // The parse tree is built by recursion: not for a value nested deeper than the validator allows.
  const tree = error.issues.some((issue) => issue.kind === 'too-deep') ? undefined : parseTree(text);
  return error.issues.map((issue) => {
    const node = tree && findNodeAtLocation(tree, segmentsOf(issue.path));
    return { message: describeIssue(issue), ...lineAndColumn(text, node?.offset ?? 0) };
  });
}

/** `serviceGroups[1].services[3].name` as `['serviceGroups', 1, 'services', 3, 'name']`. */
function segmentsOf(path: string): (string | number)[] {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]|\["([^"]*)"\]/g)].map(([, key, index, quoted]) =>
    index !== undefined ? Number(index) : (quoted ?? key),
  );
}
