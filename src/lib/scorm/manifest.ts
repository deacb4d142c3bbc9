/**
 * The imsmanifest.xml of a SCORM 1.2 package (IMS Content Packaging 1.1.2 with the ADL extensions):
 * one organization, one item, one SCO resource that lists every file of the package. Pure: the
 * packager (src/scorm/package.ts) calls it and the unit tests read it back.
 */

export interface ManifestInput {
  /** Unique, stable identifier of the package (an XML ID: letters, digits, -, _, .). */
  identifier: string;
  /** Title shown by the LMS (the module's title). */
  title: string;
  /** The page the LMS launches, relative to the package root. */
  launch: string;
  /** Every file of the package except imsmanifest.xml itself, relative to its root, "/" separators. */
  files: readonly string[];
  /** Score (0–100) from which the LMS may count the SCO as passed. */
  masteryScore: number;
}

export const MANIFEST_FILE = 'imsmanifest.xml';

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** An XML ID from any text: what is not allowed becomes "-", and it starts with a letter. */
export function xmlId(text: string): string {
  const id = text.replace(/[^A-Za-z0-9_.-]/g, '-');
  return /^[A-Za-z_]/.test(id) ? id : `id-${id}`;
}

export function buildManifest(input: ManifestInput): string {
  const id = xmlId(input.identifier);
  const files = [...new Set(input.files)].filter((file) => file !== MANIFEST_FILE).sort();
  if (!files.includes(input.launch)) throw new Error(`SCORM manifest: the launch page ${input.launch} is not among the files`);
  const title = escapeXml(input.title);
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="${id}-org">
    <organization identifier="${id}-org">
      <title>${title}</title>
      <item identifier="${id}-item" identifierref="${id}-sco" isvisible="true">
        <title>${title}</title>
        <adlcp:masteryscore>${Math.round(input.masteryScore)}</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${id}-sco" type="webcontent" adlcp:scormtype="sco" href="${escapeXml(input.launch)}">
${files.map((file) => `      <file href="${escapeXml(file)}"/>`).join('\n')}
    </resource>
  </resources>
</manifest>
`;
}

/** The file paths a manifest names (for the tests and the packager's own check). */
export function manifestFiles(xml: string): string[] {
  return [...xml.matchAll(/<file href="([^"]*)"\s*\/>/g)].map((m) => (m[1] ?? '').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>'));
}
