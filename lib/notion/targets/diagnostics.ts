/**
 * What resolving a target found, for the UI to show as sentences: blocking problems
 * (not shared, no read capability), warnings (a relation to an unshared database) and
 * hints (several data sources, databases inside a page).
 */
import { translate, type Locale, type MessageKey, type MessageParams } from '../../i18n';

export type DiagnosticCode =
  | 'not_shared'
  | 'no_read_capability'
  | 'in_trash'
  | 'not_a_target'
  | 'relation_not_shared'
  | 'several_sources'
  | 'inline_databases'
  | 'view_without_source';

export interface Diagnostic {
  severity: 'error' | 'warning' | 'info';
  code: DiagnosticCode;
  /** The sentence to show, in the locale asked for. */
  message: string;
  /** For `relation_not_shared`: the property that cannot be filled. */
  propertyId?: string;
  propertyName?: string;
  /** For `relation_not_shared`: the database that is not shared. */
  databaseId?: string;
  /** A notion.so address that opens the object concerned. */
  url?: string;
}

const KEYS: Record<DiagnosticCode, MessageKey> = {
  not_shared: 'notionDiagNotShared',
  no_read_capability: 'notionDiagNoRead',
  in_trash: 'notionDiagInTrash',
  not_a_target: 'notionDiagNotTarget',
  relation_not_shared: 'notionDiagRelationNotShared',
  several_sources: 'notionDiagSeveralSources',
  inline_databases: 'notionDiagInlineDatabases',
  view_without_source: 'notionDiagViewWithoutSource',
};

const SEVERITY: Record<DiagnosticCode, Diagnostic['severity']> = {
  not_shared: 'error',
  no_read_capability: 'error',
  in_trash: 'error',
  not_a_target: 'error',
  relation_not_shared: 'warning',
  several_sources: 'info',
  inline_databases: 'info',
  view_without_source: 'info',
};

/** Builds a diagnostic with its sentence. */
export function diagnostic(
  code: DiagnosticCode,
  locale: Locale,
  params: MessageParams,
  extra: Omit<Diagnostic, 'severity' | 'code' | 'message'> = {},
): Diagnostic {
  return {
    severity: SEVERITY[code],
    code,
    message: translate(locale, KEYS[code], params),
    ...extra,
  };
}
