/** Reads the JSON the build puts in a project HTML file's single script element (dist/Messages.html, dist/Rules.html). */

/**
 * The parsed JSON of the project file `name` (served by name, like the pages), from its one
 * `<script type="application/json">` element.
 */
export function readProjectJson(name: string): unknown {
  const html = HtmlService.createHtmlOutputFromFile(name).getContent();
  const start = html.indexOf('>', html.indexOf('<script')) + 1;
  const end = html.lastIndexOf('</script>');
  return JSON.parse(html.slice(start, end));
}
