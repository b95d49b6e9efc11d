// Rewrites the development URLs of manifest.xml for a deployment (used by webpack.config.js).
'use strict';

const DEV_BASE_URL = 'https://localhost:3000/';

/**
 * Every https://localhost:3000/ in the manifest becomes baseUrl (all occurrences: the manifest names the
 * server in a dozen places and a single leftover localhost URL breaks the deployed add-in).
 * Office loads add-in pages only over https, so any other scheme is refused.
 */
function rewriteManifestBaseUrl(manifestXml, baseUrl) {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  let parsed;
  try {
    parsed = new URL(base);
  } catch {
    throw new Error(`baseUrl "${baseUrl}" is not a URL (expected e.g. https://addins.example.gov.cn/jl/)`);
  }
  if (parsed.protocol !== 'https:') {
    throw new Error(`baseUrl "${baseUrl}" must start with https:// (Office loads add-ins only over https)`);
  }
  return manifestXml.replaceAll(DEV_BASE_URL, escapeXmlAttribute(base));
}

// The URLs sit in XML attributes; a query string with & must not break the manifest.
function escapeXmlAttribute(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

module.exports = { rewriteManifestBaseUrl, DEV_BASE_URL };
