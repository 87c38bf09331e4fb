/** A minimal RichTextValue: plain text plus one link URL, enough for hyperlinked cells. */

import { signatureError } from '../core/errors';
import type { Hub } from './hub';

type GasBuilder = GoogleAppsScript.Spreadsheet.RichTextValueBuilder;
type GasValue = GoogleAppsScript.Spreadsheet.RichTextValue;

/** The data of a rich text value. */
export interface RichTextData {
  text: string;
  link: string | null;
}

/** A wrapped RichTextValue over `data`. */
export function richTextValue(hub: Hub, data: RichTextData): GasValue {
  // eslint-disable-next-line prefer-const -- assigned once, after the object that refers to it
  let self: GasValue;
  const impl = {
    getText: () => data.text,
    getLinkUrl: () => data.link,
    getRuns: () => [self],
    getStartIndex: () => 0,
    getEndIndex: () => data.text.length,
    copy: () => newRichTextValueBuilder(hub, data),
    toString: () => 'RichTextValue',
    __richText: data,
  };
  self = hub.wrap(impl, 'RichTextValue') as unknown as GasValue;
  return self;
}

/** SpreadsheetApp.newRichTextValue(). */
export function newRichTextValueBuilder(hub: Hub, from?: RichTextData): GasBuilder {
  const data: RichTextData = from ? { ...from } : { text: '', link: null };
  // eslint-disable-next-line prefer-const -- assigned once, after the object that refers to it
  let self: GasBuilder;
  const impl = {
    setText: (...args: unknown[]) => {
      if (typeof args[0] !== 'string') throw signatureError('SpreadsheetApp', 'RichTextValueBuilder', 'setText', args);
      data.text = args[0];
      return self;
    },
    setLinkUrl: (...args: unknown[]) => {
      // setLinkUrl(url) or setLinkUrl(start, end, url): one link per cell is modelled.
      const url = args.length === 3 ? args[2] : args[0];
      if (url !== null && typeof url !== 'string') throw signatureError('SpreadsheetApp', 'RichTextValueBuilder', 'setLinkUrl', args);
      data.link = url as string | null;
      return self;
    },
    setTextStyle: () => self,
    build: () => richTextValue(hub, { ...data }),
    toString: () => 'RichTextValueBuilder',
  };
  self = hub.wrap(impl, 'RichTextValueBuilder') as unknown as GasBuilder;
  return self;
}
