import { run } from './drivers/action/main.js'

await run()
