import { BACKUP_FORMAT, BACKUP_VERSION } from '../../shared/backup';

const stamp = '2026-01-02T10:00:00.000Z';

const entry = (id: string) => ({
  title: `Setback ${id}`,
  whatHappened: 'It happened.',
  occurredOn: '2026-01-02',
  type: 'technical',
  tags: [],
  stakes: 'low',
  reflection: { whyItHappened: '', whatIDid: '', whatILearned: '', whatIChanged: '' },
  id,
  createdAt: stamp,
  updatedAt: stamp,
  deletedAt: null,
});

const story = (id: string) => ({
  title: `Story ${id}`,
  entryIds: ['e0'],
  id,
  createdAt: stamp,
  updatedAt: stamp,
  deletedAt: null,
});

/** The text of a valid backup holding that many setbacks and stories, as the renderer sends main. */
export function backupText(counts: { entries: number; stories: number }, marker = ''): string {
  return JSON.stringify({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: stamp,
    entries: Array.from({ length: counts.entries }, (_, index) => entry(`e${index}${marker}`)),
    stories: Array.from({ length: counts.stories }, (_, index) => story(`s${index}`)),
    revisions: [],
  });
}
