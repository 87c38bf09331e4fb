/** Jest setup for the `conservative` project: loadAddon() then makes realms without the Intl features Google does not promise. */
process.env.CALENDAR_RUNTIME = 'conservative';
