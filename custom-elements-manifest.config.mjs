// custom-elements.json (`cem analyze`, run by scripts/build.mjs): what editors
// and documentation tools learn about <consent-panel>. It describes the public
// element only: the element's module and its registration in setup.ts, with
// attributes, typed events, parts, CSS properties and the public API. The
// element is a plain HTMLElement, not a LitElement, so the Lit plugin
// stays off.

const API_MODULE = 'src/runtime/api.ts';
const API_TYPE = /^ConsentPanelApi\['(\w+)'\]$/;

/** A JSDoc's text, without its tags. */
function description(ts, node) {
  const comment = ts.getJSDocCommentsAndTags(node).find((doc) => ts.isJSDoc(doc))?.comment;
  return (typeof comment === 'string' ? comment : ts.getTextOfJSDocComment(comment)) ?? '';
}

/**
 * The element's API methods are declared from `ConsentPanelApi`
 * (`declare granted: ConsentPanelApi['granted']`): the manifest gets them as
 * methods with their parameters, return types and descriptions, read from the
 * interface in src/runtime/api.ts (analysed for this only; that module is left
 * out of the manifest).
 */
function consentPanelApi() {
  const api = new Map();
  return {
    name: 'consent-panel-api',
    analyzePhase({ ts, node }) {
      if (!ts.isInterfaceDeclaration(node) || node.name.text !== 'ConsentPanelApi') return;
      for (const member of node.members) {
        const name = member.name.getText();
        const text = description(ts, member);
        if (ts.isMethodSignature(member)) {
          api.set(name, {
            kind: 'method',
            name,
            ...(text && { description: text }),
            parameters: member.parameters.map((p) => ({ name: p.name.getText(), type: { text: p.type.getText() } })),
            return: { type: { text: member.type.getText() } },
          });
        } else {
          api.set(name, { kind: 'field', name, ...(text && { description: text }), type: { text: member.type.getText() }, readonly: true });
        }
      }
    },
    packageLinkPhase({ customElementsManifest: manifest }) {
      manifest.modules = manifest.modules.filter((m) => m.path !== API_MODULE);
      for (const declaration of manifest.modules.flatMap((m) => m.declarations ?? [])) {
        declaration.members = declaration.members?.map((member) => {
          const name = member.type?.text.match(API_TYPE)?.[1];
          return name && api.has(name) ? api.get(name) : member;
        });
      }
    },
  };
}

/**
 * Only what pages use: no private or protected members, nor any named like
 * one (`_x`); no type-only re-exports (define.ts re-exports the event types
 * for TypeScript); the element's superclass is the platform's HTMLElement; module references name the
 * manifest's modules (`src/…/x.ts`).
 */
function publicOnly() {
  return {
    name: 'public-only',
    packageLinkPhase({ customElementsManifest: manifest }) {
      const paths = new Set(manifest.modules.map((m) => m.path));
      const local = (ref) => {
        const path = ref?.module?.replace(/^\//, '').replace(/\.js$/, '.ts');
        return path && paths.has(path) ? path : undefined;
      };
      for (const mod of manifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (declaration.members) {
            declaration.members = declaration.members.filter((m) => !m.privacy && !m.name.startsWith('_') && !m.name.startsWith('#'));
          }
          if (declaration.customElement && declaration.superclass?.name === 'HTMLElement') {
            declaration.superclass = { name: 'HTMLElement', package: 'global:' };
          }
        }
        mod.exports = mod.exports?.filter((e) => e.kind === 'custom-element-definition' || local(e.declaration));
        for (const e of mod.exports ?? []) if (local(e.declaration)) e.declaration.module = local(e.declaration);
      }
    },
  };
}

export default {
  globs: ['src/panel/consent-panel-element.ts', 'src/setup.ts', API_MODULE],
  outdir: '.',
  litelement: false,
  plugins: [consentPanelApi(), publicOnly()],
};
