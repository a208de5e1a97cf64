/**
 * Small schema checks that throw Notion-worded `validation_error`s naming the failing path
 * (`body.children[3].paragraph.rich_text[0].text.content.length should be ≤ \`2000\`, …`).
 * The first failure wins, as in Notion's answers.
 */
import { validationError } from '../errors.ts';
import { isObject } from '../json.ts';

/** Notion cuts the offending value to this many characters and adds `...` (seen in real errors). */
const PREVIEW_CHARS = 55;

/** How Notion prints an offending value inside backticks. */
export function preview(value: unknown): string {
  if (value === undefined) return 'undefined';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS)}...` : text;
}

export function fail(path: string, expectation: string, value: unknown): never {
  throw validationError(`${path} should be ${expectation}, instead was \`${preview(value)}\`.`);
}

/** "`"a"`, `"b"`, or `"c"`" — Notion's way of listing the allowed values of an enum. */
export function enumList(values: readonly string[]): string {
  const quoted = values.map((v) => `\`${JSON.stringify(v)}\``);
  if (quoted.length === 1) return quoted[0] ?? '';
  if (quoted.length === 2) return `${quoted[0]} or ${quoted[1]}`;
  return `${quoted.slice(0, -1).join(', ')}, or ${quoted[quoted.length - 1]}`;
}

export function requireDefined(value: unknown, path: string): void {
  if (value === undefined) fail(path, 'defined', value);
}

export function requireObject(value: unknown, path: string): Record<string, unknown> {
  requireDefined(value, path);
  if (!isObject(value)) fail(path, 'an object', value);
  return value;
}

export function requireString(value: unknown, path: string): string {
  requireDefined(value, path);
  if (typeof value !== 'string') fail(path, 'a string', value);
  return value;
}

export function requireBoolean(value: unknown, path: string): boolean {
  if (typeof value !== 'boolean') fail(path, 'a boolean', value);
  return value;
}

export function requireArray(value: unknown, path: string, max = 100): unknown[] {
  requireDefined(value, path);
  if (!Array.isArray(value)) fail(path, 'an array', value);
  checkMax(value.length, max, `${path}.length`);
  return value;
}

export function requireEnum<T extends string>(
  value: unknown,
  allowed: readonly T[],
  path: string,
): T {
  requireDefined(value, path);
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    fail(path, enumList(allowed), value);
  }
  return value as T;
}

/** `x.length should be ≤ \`max\`, instead was \`n\`.` */
export function checkMax(actual: number, max: number, path: string): void {
  if (actual > max) {
    throw validationError(`${path} should be ≤ \`${max}\`, instead was \`${actual}\`.`);
  }
}

export function requireNotPresent(obj: Record<string, unknown>, key: string, path: string): void {
  if (obj[key] !== undefined) fail(`${path}.${key}`, 'not present', obj[key]);
}

/**
 * Notion's request objects are closed: a key the schema does not name answers
 * `<path>.<key> should be not present`, the first such key in the order it was sent.
 */
export function onlyKeysAt(
  obj: Record<string, unknown>,
  allowed: readonly string[],
  path: string,
): void {
  for (const key of Object.keys(obj)) if (!allowed.includes(key)) requireNotPresent(obj, key, path);
}

/** Text length as Notion counts it: UTF-16 code units, which is what JS `length` gives. */
export function checkTextLength(text: string, max: number, path: string): void {
  checkMax(text.length, max, `${path}.length`);
}

/** Absolute http(s) URL of at most 2000 characters. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

export function requireUrl(value: unknown, path: string): string {
  const url = requireString(value, path);
  checkTextLength(url, 2000, path);
  if (!isHttpUrl(url)) fail(path, 'a valid URL', url);
  return url;
}
