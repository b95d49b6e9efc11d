// Offline checks of the add-in manifest, shared by `npm run validate` and test/manifest/.
//  - checkManifestStructure: what the 2020 XSDs cannot say (resids resolve, the shared runtime is wired the same
//    way everywhere, https only, the metadata override is a bt:Override) - returns a list of problems.
//  - validateManifestSchema: the XSDs of test/schemas/office-addin-manifest-2020 with xmllint-wasm (no network).
'use strict';
const fs = require('fs');
const path = require('path');
const xml2js = require('xml2js');

const SCHEMA_DIR = path.join(__dirname, '..', 'test', 'schemas', 'office-addin-manifest-2020');
const ROOT_SCHEMA = 'OfficeAppManifestV1_1.xsd';
const MAX_RESID_LENGTH = 32; // the manifest reference: "resid ... can be no more than 32 characters"

/** Parses into nodes {name, attrs, children, text} with document order kept (xml2js's $$ children). */
async function parseManifestXml(xmlText) {
  const doc = await xml2js.parseStringPromise(xmlText, {
    explicitChildren: true,
    preserveChildrenOrder: true,
    explicitRoot: true,
  });
  const [rootName] = Object.keys(doc);
  const toNode = (name, raw) => ({
    name,
    attrs: (raw && raw.$) || {},
    text: typeof raw === 'string' ? raw : (raw && raw._) || '',
    children: ((raw && raw.$$) || []).map((child) => toNode(child['#name'], child)),
  });
  return toNode(rootName, doc[rootName]);
}

function* walk(node, ancestors = []) {
  yield { node, ancestors };
  for (const child of node.children) yield* walk(child, [...ancestors, node]);
}

const childrenNamed = (node, name) => node.children.filter((c) => c.name === name);
const firstChild = (node, name) => node.children.find((c) => c.name === name);
const descendants = (node, name) => [...walk(node)].map((w) => w.node).filter((n) => n.name === name);
const xsiType = (node) => node.attrs['xsi:type'];

/** The bt: resources by id, with the kind of resource each one is. */
function resourcesOf(root) {
  const resources = new Map();
  const duplicates = [];
  for (const resourcesNode of descendants(root, 'Resources')) {
    for (const group of resourcesNode.children) {
      for (const item of group.children) {
        const id = item.attrs.id;
        if (!id) continue;
        if (resources.has(id)) duplicates.push(id);
        resources.set(id, { kind: group.name, node: item });
      }
    }
  }
  return { resources, duplicates };
}

/** Every attribute or text that holds a URL, with where it was found. */
function urlsOf(root) {
  const urls = [];
  const URL_ELEMENTS = new Set(['IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'SourceLocation', 'bt:Url', 'bt:Image']);
  for (const { node, ancestors } of walk(root)) {
    const parent = ancestors[ancestors.length - 1];
    if (URL_ELEMENTS.has(node.name) && node.attrs.DefaultValue !== undefined) {
      urls.push({ where: `${node.name}${node.attrs.id ? ` ${node.attrs.id}` : ''}`, url: node.attrs.DefaultValue });
    }
    if (/(^|:)Override$/.test(node.name) && parent && URL_ELEMENTS.has(parent.name)) {
      urls.push({ where: `${parent.name} ${parent.attrs.id || ''} override ${node.attrs.Locale}`, url: node.attrs.Value });
    }
    if (node.name === 'AppDomain') urls.push({ where: 'AppDomain', url: node.text.trim() });
  }
  return urls;
}

/**
 * Problems with the manifest that the schema does not catch; [] when it is sound.
 * Expectations are those of issue 2: one long-lived shared runtime, namespace JL, English functions metadata with
 * a zh-CN bt:Override, DefaultLocale zh-CN with en-US overrides, requirement sets CustomFunctionsRuntime 1.1 and
 * SharedRuntime 1.1, https everywhere.
 */
async function checkManifestStructure(xmlText) {
  const problems = [];
  const root = await parseManifestXml(xmlText);
  if (root.name !== 'OfficeApp') return [`the root element is ${root.name}, not OfficeApp`];
  if (xsiType(root) !== 'TaskPaneApp') problems.push(`OfficeApp xsi:type is ${xsiType(root)}, not TaskPaneApp`);

  const hostNames = descendants(firstChild(root, 'Hosts') || root, 'Host').map((h) => h.attrs.Name);
  if (hostNames.join() !== 'Workbook') problems.push(`Hosts should be exactly Workbook, found ${hostNames.join(', ') || 'none'}`);

  const defaultLocale = (firstChild(root, 'DefaultLocale') || { text: '' }).text.trim();
  if (defaultLocale !== 'zh-CN') problems.push(`DefaultLocale is "${defaultLocale}", expected zh-CN`);
  for (const name of ['DisplayName', 'Description']) {
    const el = firstChild(root, name);
    const en = el && childrenNamed(el, 'Override').find((o) => o.attrs.Locale === 'en-US');
    if (!en || !en.attrs.Value) problems.push(`${name} has no English override (Override Locale="en-US")`);
  }

  const sets = descendants(firstChild(root, 'Requirements') || { children: [] }, 'Set');
  for (const required of ['CustomFunctionsRuntime', 'SharedRuntime']) {
    const set = sets.find((s) => s.attrs.Name === required);
    if (!set) problems.push(`requirement set ${required} is missing`);
    else if ((set.attrs.MinVersion || '') !== '1.1') problems.push(`requirement set ${required} has MinVersion ${set.attrs.MinVersion}, expected 1.1`);
  }

  const { resources, duplicates } = resourcesOf(root);
  for (const id of duplicates) problems.push(`resource id ${id} is defined more than once`);
  for (const { node } of walk(root)) {
    const resid = node.attrs.resid;
    if (resid === undefined) continue;
    if (!resources.has(resid)) problems.push(`${node.name} resid="${resid}" does not resolve to a resource`);
    if (resid.length > MAX_RESID_LENGTH) problems.push(`resid "${resid}" is longer than ${MAX_RESID_LENGTH} characters`);
  }

  const overrides = firstChild(root, 'VersionOverrides');
  const workbookHosts = overrides ? descendants(overrides, 'Host').filter((h) => xsiType(h) === 'Workbook') : [];
  if (workbookHosts.length !== 1) {
    problems.push(`VersionOverrides should have one Host xsi:type="Workbook", found ${workbookHosts.length}`);
    return problems;
  }
  const host = workbookHosts[0];
  if (!host.children.length || host.children[0].name !== 'Runtimes') {
    problems.push('Runtimes must be the first element under the VersionOverrides Host');
  }
  const runtimes = descendants(host, 'Runtime');
  if (runtimes.length !== 1) problems.push(`expected exactly one Runtime, found ${runtimes.length}`);
  const runtime = runtimes[0];
  if (runtime) {
    if (runtime.attrs.lifetime !== 'long') problems.push(`Runtime lifetime is "${runtime.attrs.lifetime}", expected long`);
    const shared = runtime.attrs.resid;
    const customFunctions = descendants(host, 'ExtensionPoint').filter((e) => xsiType(e) === 'CustomFunctions');
    if (customFunctions.length !== 1) problems.push(`expected one CustomFunctions extension point, found ${customFunctions.length}`);
    const users = [
      ...customFunctions.map((cf) => ({ what: 'custom functions Page', node: firstChild(firstChild(cf, 'Page') || cf, 'SourceLocation') })),
      ...descendants(host, 'FunctionFile').map((node) => ({ what: 'FunctionFile', node })),
      ...descendants(host, 'Action')
        .filter((a) => xsiType(a) === 'ShowTaskpane')
        .map((a) => ({ what: 'ShowTaskpane action', node: firstChild(a, 'SourceLocation') })),
    ];
    if (!users.some((u) => u.what === 'ShowTaskpane action')) problems.push('no ribbon button shows the task pane');
    for (const { what, node } of users) {
      const resid = node && node.attrs.resid;
      if (resid !== shared) problems.push(`${what} uses resid "${resid}", but the shared Runtime is "${shared}"`);
    }
    for (const cf of customFunctions) {
      const ns = firstChild(cf, 'Namespace');
      const nsResource = ns && resources.get(ns.attrs.resid);
      if (!nsResource || nsResource.node.attrs.DefaultValue !== 'JL') problems.push('the custom functions namespace is not JL');
      checkMetadataUrl(cf, resources, problems);
    }
  }

  for (const { where, url } of urlsOf(root)) {
    if (!/^https:\/\//.test(url || '')) problems.push(`${where}: "${url}" is not an https URL`);
  }
  return problems;
}

function checkMetadataUrl(customFunctions, resources, problems) {
  const metadata = firstChild(customFunctions, 'Metadata');
  const location = metadata && firstChild(metadata, 'SourceLocation');
  const resource = location && resources.get(location.attrs.resid);
  if (!resource) return; // already reported as an unresolved resid
  const url = resource.node;
  if (!/\/functions\.json$/.test(url.attrs.DefaultValue || '')) {
    problems.push(`the functions metadata URL ${url.attrs.DefaultValue} is not the English functions.json`);
  }
  const zh = url.children.find((c) => /(^|:)Override$/.test(c.name) && c.attrs.Locale === 'zh-CN');
  if (!zh) {
    problems.push('the functions metadata URL has no zh-CN override');
    return;
  }
  if (zh.name !== 'bt:Override') problems.push(`the zh-CN metadata override is <${zh.name}>, it must be <bt:Override>`);
  if (!/\/functions\.zh-CN\.json$/.test(zh.attrs.Value || '')) {
    problems.push(`the zh-CN metadata override points to ${zh.attrs.Value}, not functions.zh-CN.json`);
  }
}

/**
 * The 2020 XSDs predate <Runtimes>, so the copy validated has it removed (its wiring is checked by
 * checkManifestStructure). Everything else must satisfy the schema.
 */
function withoutRuntimes(xmlText) {
  // Keep the line breaks so that schema errors point at the right line of the original.
  return xmlText.replace(/<Runtimes\b[\s\S]*?<\/Runtimes>/g, (runtimes) => runtimes.replace(/[^\n]/g, ''));
}

async function validateManifestSchema(xmlText, schemaDir = SCHEMA_DIR) {
  const { validateXML } = require('xmllint-wasm');
  const xsdFiles = fs.readdirSync(schemaDir).filter((f) => f.endsWith('.xsd'));
  const load = (fileName) => ({ fileName, contents: fs.readFileSync(path.join(schemaDir, fileName), 'utf8') });
  const result = await validateXML({
    xml: [{ fileName: 'manifest.xml', contents: withoutRuntimes(xmlText) }],
    schema: [load(ROOT_SCHEMA)],
    preload: xsdFiles.filter((f) => f !== ROOT_SCHEMA).map(load),
  });
  return { valid: result.valid, errors: result.errors.map((e) => e.rawMessage) };
}

module.exports = { checkManifestStructure, validateManifestSchema, withoutRuntimes, parseManifestXml, SCHEMA_DIR };
