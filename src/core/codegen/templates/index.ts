/** The built-in registry templates, one per app, as string constants so ncc bundles them. */
import { ADMIN_TEMPLATE } from './admin.js'
import { SERVER_TEMPLATE } from './server.js'
import { STOREFRONT_TEMPLATE } from './storefront.js'
import { type TargetName } from '../../values/values.js'

export const BUILTIN_TEMPLATES: Record<TargetName, string> = {
  server: SERVER_TEMPLATE,
  admin: ADMIN_TEMPLATE,
  storefront: STOREFRONT_TEMPLATE
}
