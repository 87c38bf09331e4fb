/**
 * Where the message catalogues come from: here, every area's catalogue as code (tests, node scripts).
 * The server build swaps this module for one that reads dist/Messages.html (the catalogues as JSON), so
 * the strings are parsed only by executions that show a message instead of being evaluated on every
 * trigger; browser pages swap it for catalogue-source-core.ts (form and server messages only).
 */

import type { MessageCatalogue } from './catalogue-types';
import { CHECK_MESSAGES } from './check-catalogue';
import { EXPORT_MESSAGES, EXPORT_PROBLEM_MESSAGES } from './export-messages';
import { FORM_MESSAGES } from './form-messages';
import { PLANNING_MESSAGES } from '../planning/planning-catalogue';
import { PUBLISHING_MESSAGES } from './publishing-messages';
import { PLANNING_FEATURE_MESSAGES } from './planning-feature-messages';
import { REVIEW_MESSAGES } from './review-messages';
import { RULES_MESSAGES } from './rules-messages';
import { SERVER_MESSAGES } from './server-messages';
import { STAKEHOLDER_MESSAGES } from './stakeholder-messages';
import { SETUP_CHECK_MESSAGES } from './setup-check-messages';
import { SAFETY_MESSAGES } from './safety-messages';
import { DECISION_MESSAGES } from './decision-messages';
import { PAGE_MESSAGES } from './page-catalogue';

/** Every area's catalogue (later ones win on a shared key). To add an area, add it here (one line). */
export function loadCatalogues(): MessageCatalogue[] {
  return [
    FORM_MESSAGES,
    SERVER_MESSAGES,
    CHECK_MESSAGES,
    EXPORT_MESSAGES,
    EXPORT_PROBLEM_MESSAGES,
    REVIEW_MESSAGES,
    PLANNING_MESSAGES,
    RULES_MESSAGES,
    STAKEHOLDER_MESSAGES,
    SETUP_CHECK_MESSAGES,
    SAFETY_MESSAGES,
    PUBLISHING_MESSAGES,
    PLANNING_FEATURE_MESSAGES,
    DECISION_MESSAGES,
    PAGE_MESSAGES,
  ];
}
