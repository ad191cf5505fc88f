/** jest setup: the zod schemas the checks fall back to for findings, as the CLI and the action register them. */
import { registerZodFallbacks } from '../src/app/schemas.js'

registerZodFallbacks()
