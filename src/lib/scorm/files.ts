/** Where the SCORM packages are in the build (and their URL under the base): scorm/declic-<module>-scorm12.zip. */
export const SCORM_DIR = 'scorm';
export const scormFileName = (module: string) => `declic-${module}-scorm12.zip`;
