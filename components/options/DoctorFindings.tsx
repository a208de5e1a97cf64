import { t } from '@/lib/i18n';
import type { Finding } from '@/lib/notion/doctor/examine';

const MARK: Record<Finding['state'], string> = { ok: '✓', problem: '✗', note: 'i' };

/** What the connection doctor found, a line per check, each problem with its fix. */
export function DoctorFindings({
  findings,
  id,
  note = null,
}: {
  findings: Finding[];
  id: string;
  /** Said above the findings (that they came from a failed save, not from "Check"). */
  note?: string | null;
}) {
  return (
    <div className="doctor" role="group" aria-labelledby={id}>
      <h4 id={id}>{t('docResults')}</h4>
      {note && <p className="muted">{note}</p>}
      <ul className="diagnostics">
        {findings.map((finding, index) => (
          <li key={index} className={`finding finding-${finding.state}`}>
            <span aria-hidden="true">{MARK[finding.state]} </span>
            {finding.text}
            {finding.fix && <span className="finding-fix"> {finding.fix}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
