/**
 * Build time: every quiz of the site as its Moodle XML and GIFT files, keyed by file name
 * (« declic-<module>.xml », « declic-<module>-gift.txt »), built once and shared by the download
 * endpoint and the pages that show the files' sizes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSite } from '../site.ts';
import { paths } from '../url.ts';
import { toGift } from './gift.ts';
import { toMoodleXml } from './moodle-xml.ts';

export interface MoodleFile {
  module: string;
  format: 'xml' | 'gift';
  /** Path relative to the site base (paths.moodleXml…). */
  path: string;
  content: string;
  bytes: number;
}

const readImage = (src: string) => readFileSync(join(process.cwd(), 'public', src));
const fileName = (path: string) => path.split('/').pop() ?? path;

let files: Promise<Map<string, MoodleFile>> | undefined;

export function moodleFiles(): Promise<Map<string, MoodleFile>> {
  files ??= loadSite().then((site) => {
    const all = new Map<string, MoodleFile>();
    for (const module of site.modules) {
      if (!module.quiz) continue;
      const input = { module: module.slug, title: module.data.title, quiz: module.quiz, readImage };
      const xml = toMoodleXml(input);
      const gift = toGift(input);
      for (const [format, path, content] of [['xml', paths.moodleXml(module.slug), xml], ['gift', paths.moodleGift(module.slug), gift]] as const) {
        all.set(fileName(path), { module: module.slug, format, path, content, bytes: Buffer.byteLength(content, 'utf8') });
      }
    }
    return all;
  });
  return files;
}

/** The two files of a module's quiz, or undefined when it has no quiz. */
export async function moodleFilesOf(module: string): Promise<{ xml: MoodleFile; gift: MoodleFile } | undefined> {
  const all = await moodleFiles();
  const xml = all.get(fileName(paths.moodleXml(module)));
  const gift = all.get(fileName(paths.moodleGift(module)));
  return xml && gift ? { xml, gift } : undefined;
}
