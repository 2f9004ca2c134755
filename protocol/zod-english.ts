import { z } from 'zod/mini';

/**
 * zod/mini carries no message words of its own ("Invalid input" for everything). The hub, the
 * agent and the CLI show zod's messages in English (protocol/validate.ts adds the Indonesian
 * ones), so every module that shows them imports this once. The dashboard never does: it only
 * needs to know that an answer was wrong, and stays smaller without the words.
 */
z.config(z.locales.en());
