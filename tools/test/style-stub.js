// Stylesheets a component imports are the bundler's business: in unit specs they are empty.
module.exports = {};
