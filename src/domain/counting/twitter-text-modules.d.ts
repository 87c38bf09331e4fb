/** Types for the single twitter-text module imported by deep path (the package's own types cover only its index). */

declare module 'twitter-text/dist/extractUrlsWithIndices' {
  /** A URL twitter-text found, with its UTF-16 [start, end) indices. */
  export interface UrlEntity {
    url: string;
    indices: [number, number];
  }
  /** twitter-text's URL extractor; `extractUrlsWithoutProtocol` (default true) also finds bare domains. */
  export default function extractUrlsWithIndices(
    text: string,
    options?: { extractUrlsWithoutProtocol?: boolean },
  ): UrlEntity[];
}
