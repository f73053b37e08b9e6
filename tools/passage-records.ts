/**
 * Writes each section's record of its published passages afresh from its text
 * (content/passages/<conference>/<slug>.yaml, src/lib/content/passage-record.ts): new passages added,
 * corrected texts taken over, removed ones marked. The ids do not change by it — the build gives the
 * same ids with the old record and the new — but the next edit is matched against what is published
 * now. `npm run manifest` runs it too; the publication workflow runs it after each publication and
 * commits what changed (.github/workflows/publish.yml, job „Passagen festhalten“).
 *
 *   npm run passages
 */
import { refreshPassageRecords } from '#src/lib/content/passage-record.ts';

const changed = refreshPassageRecords();
for (const file of changed) console.log(`${file}: die Passagen, wie der Bau sie jetzt veröffentlicht`);
if (changed.length === 0) console.log('Die Verzeichnisse der Passagen (content/passages/) sind aktuell.');
