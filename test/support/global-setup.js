// Extracts kubectl once before the test workers start, so parallel tests never race to extract it.
const { kubectlPath } = require('./kubectl');

module.exports = async () => {
  process.env.GRIDOPS_KUBECTL = kubectlPath();
};
