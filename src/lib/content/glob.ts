/**
 * Astro's `glob` loader, reading files the way the content validator does: a frontmatter or YAML
 * line `field: Débat : pour ou contre ?` (French typography, a space before « : ») is read as the
 * text it is, where YAML alone refuses it (src/lib/content/yaml.ts, repairFrenchColons). The MDX
 * pages themselves are compiled with the same repair (src/integrations/content.ts).
 *
 * Astro hands its loaders the parsers of each file type as `entryTypes` (Astro 5, not in the public
 * LoaderContext type): the repair wraps them. tests/unit/content-pipeline.test.ts covers the repair,
 * the build of a file with such a line covers this wiring (tests/content/build-errors.test.ts).
 */
import { glob as astroGlob, type Loader, type LoaderContext } from 'astro/loaders';
import { repairFileColons } from './yaml.ts';

interface EntryType {
  getEntryInfo(params: { contents: string; fileUrl: URL }): unknown;
}
type ContextWithEntryTypes = LoaderContext & { entryTypes?: Map<string, EntryType> };

function repairing(entryTypes: Map<string, EntryType>): Map<string, EntryType> {
  return new Map(
    [...entryTypes].map(([ext, type]): [string, EntryType] => [
      ext,
      { ...type, getEntryInfo: (params) => type.getEntryInfo({ ...params, contents: repairFileColons(params.contents, ext) }) },
    ]),
  );
}

export function glob(options: Parameters<typeof astroGlob>[0]): Loader {
  const inner = astroGlob(options);
  return {
    ...inner,
    load: (context: ContextWithEntryTypes) => inner.load(context.entryTypes ? ({ ...context, entryTypes: repairing(context.entryTypes) } as LoaderContext) : context),
  };
}
