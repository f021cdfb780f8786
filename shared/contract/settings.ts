/** Commands about user preferences. */
import { z } from 'zod';
import { command, event } from './define';

/** The theme choice: follow the operating system, or force one. */
export const themeSchema = z.enum(['system', 'light', 'dark']);

/** A theme choice. */
export type ThemeChoice = z.infer<typeof themeSchema>;

/** Which sidebar tab is open. */
export const sidebarTabSchema = z.enum(['explorer', 'collections', 'history', 'watch']);

/** User preferences that persist across restarts; a value this version does not know falls back to its default. */
export const settingsSchema = z.object({
  theme: themeSchema.catch('system'),
  /** Which sidebar tab was open last. */
  sidebarTab: sidebarTabSchema.catch('explorer'),
  /** The installed desktop app checks for, downloads and installs new releases (never in development). */
  autoUpdate: z.boolean().catch(true),
});

/** User preferences. */
export type Settings = z.infer<typeof settingsSchema>;

/** The settings a new user starts with. */
export const defaultSettings: Settings = settingsSchema.parse({});

/** The settings domain of the contract. */
export const settingsCommands = {
  /** The current settings. */
  'settings.get': command<Settings>()(z.object({}).strict()),
  /** Changes some settings and returns them all. */
  'settings.update': command<Settings>()(
    z
      .object({
        theme: themeSchema.optional(),
        sidebarTab: sidebarTabSchema.optional(),
        autoUpdate: z.boolean().optional(),
      })
      .strict(),
  ),
};

/** Events of the settings domain. */
export const settingsEvents = {
  /** Settings changed (in this window or another one). */
  'settings.changed': event<Settings>(),
};
