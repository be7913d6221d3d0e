/** npm run serve: dist/ on http://127.0.0.1:3001, under BASE_PATH (default /); PORT chooses the port. */
import { serve } from "../serve.js";

const { url } = await serve("dist", { base: process.env.BASE_PATH ?? "/", port: Number(process.env.PORT ?? 3001) });
process.stdout.write(`serving dist/ at ${url}/\n`);
