/** The desktop window's remembered size and position, as stored (`window-state.json`). */
import { z } from 'zod';

/** Where and how big the window was; a field a file lacks (or garbles) reads as the first-run value. */
export const windowStateSchema = z.object({
  x: z.number().optional().catch(undefined),
  y: z.number().optional().catch(undefined),
  width: z.number().catch(1280),
  height: z.number().catch(820),
  maximized: z.boolean().catch(false),
});

/** Where and how big the window was. */
export type WindowState = z.infer<typeof windowStateSchema>;
