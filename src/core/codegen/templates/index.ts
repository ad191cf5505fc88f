/** The built-in registry templates, one per app, as string constants so ncc bundles them. */
import type { AppName } from '../../config/schema.js'
import { ADMIN_TEMPLATE } from './admin.js'
import { SERVER_TEMPLATE } from './server.js'
import { STOREFRONT_TEMPLATE } from './storefront.js'

export const BUILTIN_TEMPLATES: Record<AppName, string> = {
  server: SERVER_TEMPLATE,
  admin: ADMIN_TEMPLATE,
  storefront: STOREFRONT_TEMPLATE
}
