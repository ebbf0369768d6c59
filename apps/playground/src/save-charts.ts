import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Reply } from '@altum-chat/chat';

/**
 * Writes a reply's charts as PNG files under `<dataDir>/charts` and returns their paths by chart name,
 * so the text rendering can point at them. File names carry the reply's reference, never user input.
 */
export async function saveCharts(reply: Reply, dataDir: string): Promise<Record<string, string>> {
  if (reply.charts.length === 0) return {};
  const folder = join(dataDir, 'charts');
  await mkdir(folder, { recursive: true });
  const stamp = (reply.footer?.reference ?? String(Date.now())).replace(/[^\w-]/g, '');
  const paths: Record<string, string> = {};
  for (const chart of reply.charts) {
    const path = join(folder, `${stamp}-${chart.name.replace(/[^\w-]/g, '')}.png`);
    await writeFile(path, chart.png);
    paths[chart.name] = path;
  }
  return paths;
}
