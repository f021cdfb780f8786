/** Commands about user preferences. */
import { z } from 'zod';
import { command, event } from './define';

/** The theme choice: follow the operating system, or force one. */
export const themeSchema = z.enum(['system', 'light', 'dark']);

/** A theme choice. */
export type ThemeChoice = z.infer<typeof themeSchema>;

/** User preferences that persist across restarts. */
export interface Settings {
  theme: ThemeChoice;
  /** Which sidebar tab was open last. */
  sidebarTab: 'explorer' | 'collections' | 'history';
  /** The installed desktop app checks for, downloads and installs new releases (never in development). */
  autoUpdate: boolean;
}

/** The settings a new user starts with. */
export const defaultSettings: Settings = { theme: 'system', sidebarTab: 'explorer', autoUpdate: true };

/** The settings domain of the contract. */
export const settingsCommands = {
  /** The current settings. */
  'settings.get': command<Settings>()(z.object({}).strict()),
  /** Changes some settings and returns them all. */
  'settings.update': command<Settings>()(
    z
      .object({
        theme: themeSchema.optional(),
        sidebarTab: z.enum(['explorer', 'collections', 'history']).optional(),
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
