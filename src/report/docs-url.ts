// Where a rule's documentation lives on the web. SARIF needs absolute URIs (helpUri,
// informationUri), so the docs link is pinned to the release: rules/<id>.md ships in the
// package, and a CDN serves every published version of it unchanged. Change it here only;
// docs/report-formats.md describes it.

export const PACKAGE_NAME = 'catalog-check';

/** The project's home page (SARIF tool.driver.informationUri). */
export const INFORMATION_URI = `https://www.npmjs.com/package/${PACKAGE_NAME}`;

/** The docs page of one rule, pinned to the version that produced the report. */
export function ruleDocsUrl(ruleId: string, version: string): string {
  return `https://unpkg.com/${PACKAGE_NAME}@${encodeURIComponent(version)}/rules/${encodeURIComponent(ruleId)}.md`;
}
