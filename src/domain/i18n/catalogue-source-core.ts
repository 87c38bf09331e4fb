/** The catalogues browser pages bundle: the post form's, the server's (the form validates input with the server's schema) and the checks'. */

import type { MessageCatalogue } from './catalogue-types';
import { CHECK_MESSAGES } from './check-catalogue';
import { FORM_MESSAGES } from './form-messages';
import { PLANNING_FEATURE_MESSAGES } from './planning-feature-messages';
import { SERVER_MESSAGES } from './server-messages';

/** The form, server and check catalogues. */
export function loadCatalogues(): MessageCatalogue[] {
  return [FORM_MESSAGES, SERVER_MESSAGES, CHECK_MESSAGES, PLANNING_FEATURE_MESSAGES];
}
