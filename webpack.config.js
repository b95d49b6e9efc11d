// Builds the add-in into dist/:
//   taskpane.html + taskpane.js   the shared-runtime page (task pane UI and the custom functions)
//   functions.html + functions.js the custom functions alone (functions.js must also run in Excel's
//                                 JavaScript-only runtime, where the only global is CustomFunctions)
//   functions.json                generated from the JSDoc in src/functions/functions.ts
//   functions.zh-CN.json, manifest.xml, assets/
//
// Base URL: `webpack --mode production --env baseUrl=https://host/path/` (or ADDIN_BASE_URL=...) rewrites every
// https://localhost:3000/ in manifest.xml. Without one, the manifest keeps the development URLs.
const path = require('path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const { rewriteManifestBaseUrl, DEV_BASE_URL } = require('./scripts/manifest-base-url');
const { fillDescriptions } = require('./scripts/fill-descriptions');

const FUNCTIONS_TS = './src/functions/functions.ts';

/**
 * functions.json's descriptions name parameters ({employ.employer_cap}): fill them from the policy data. The metadata
 * plugin adds its asset in every compilation (child compilations included) from one generated result, so the result
 * itself is filled, once per generation, and this compilation's asset replaced with it.
 */
class FillFunctionDescriptionsPlugin {
  apply(compiler) {
    compiler.hooks.compilation.tap('FillFunctionDescriptions', (compilation) => {
      const result = CustomFunctionsMetadataPlugin.generateResults[FUNCTIONS_TS];
      if (!result) return;
      if (!result.descriptionsFilled) {
        result.metadataJson = fillDescriptions(result.metadataJson, 'en');
        result.descriptionsFilled = true;
      }
      if (compilation.assets['functions.json']) compilation.assets['functions.json'] = new compiler.webpack.sources.RawSource(result.metadataJson);
    });
  }
}

const DEV_SERVER_PORT = 3000;

/** The dev server needs the trusted localhost certificate; only `webpack serve` asks for it. */
async function httpsOptions() {
  const devCerts = require('office-addin-dev-certs');
  return devCerts.getHttpsServerOptions();
}

module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode || 'production';
  const baseUrl = env.baseUrl || process.env.ADDIN_BASE_URL || DEV_BASE_URL;
  const serving = Boolean(env.WEBPACK_SERVE);

  return {
    mode,
    devtool: mode === 'development' ? 'source-map' : false,
    target: ['web', 'es2020'],
    entry: {
      taskpane: './src/taskpane/index.tsx',
      functions: './src/functions/functions.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].js',
      // Excel's JavaScript-only runtime has no window or self; globalThis exists in every runtime.
      globalObject: 'globalThis',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js', '.json'],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // Type checking is `npm run typecheck`; the root tsconfig is noEmit for tsc.
            options: { transpileOnly: true, compilerOptions: { noEmit: false } },
          },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: 'functions.json',
        input: FUNCTIONS_TS,
      }),
      new FillFunctionDescriptionsPlugin(),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        // The shared runtime loads only this page, so it must register the functions too.
        chunks: ['functions', 'taskpane'],
        chunksSortMode: 'manual',
      }),
      new HtmlWebpackPlugin({
        filename: 'functions.html',
        template: './src/functions/functions.html',
        chunks: ['functions'],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'src/functions/functions.zh-CN.json', to: 'functions.zh-CN.json', transform: (content) => fillDescriptions(content.toString('utf8'), 'zh') },
          { from: 'assets/icon-*.png', to: 'assets/[name][ext]' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => rewriteManifestBaseUrl(content.toString('utf8'), baseUrl),
          },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: {
      port: DEV_SERVER_PORT,
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: serving ? { type: 'https', options: await httpsOptions() } : 'http',
      static: false,
    },
  };
};
