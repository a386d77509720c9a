"""What the conformance validators share: where the specs are, loading them, following `$ref`s, and
listing the properties of a value that its schema does not declare (a misspelt field shows up there)."""
import json
import os
import yaml

# The official specs: ../shared/reference/specs next to the repository, or OPENSERVICES_SPECS.
SPECS = os.environ.get('OPENSERVICES_SPECS', os.path.join(
    os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'shared', 'reference', 'specs'))


def load(path):
    return yaml.safe_load(open(path)) if path.endswith('yaml') else json.load(open(path))


def resolve(doc, node):
    while isinstance(node, dict) and '$ref' in node:
        target = doc
        for part in node['$ref'].lstrip('#/').split('/'):
            target = target[part]
        node = target
    return node


def declared(doc, schema):
    """The properties a schema declares (through allOf/oneOf/anyOf too) and its additionalProperties schema."""
    schema = resolve(doc, schema)
    props, additional = {}, None
    for part in schema.get('allOf', []) + schema.get('oneOf', []) + schema.get('anyOf', []):
        p, a = declared(doc, part)
        props.update(p)
        additional = additional or a
    props.update(schema.get('properties', {}))
    if isinstance(schema.get('additionalProperties'), dict):
        additional = schema['additionalProperties']
    elif schema.get('additionalProperties') is True:
        additional = {}
    return props, additional


def subtype(doc, schema, value):
    """The schema a `discriminator` maps the value to (ZGW's Rol by betrokkeneType, ZaakObject by objectType), or None."""
    for part in [schema] + [resolve(doc, p) for p in schema.get('allOf', [])]:
        discriminator = part.get('discriminator')
        if discriminator and isinstance(value, dict):
            target = discriminator.get('mapping', {}).get(value.get(discriminator['propertyName']))
            if target:
                return resolve(doc, {'$ref': target})
    return None


def undeclared(doc, schema, value, path, out):
    """Adds to `out` the path of every property in `value` that `schema` does not declare."""
    schema = resolve(doc, schema)
    if isinstance(value, dict):
        props, additional = declared(doc, schema)
        mapped = subtype(doc, schema, value)
        if mapped is not None:
            more, _ = declared(doc, mapped)
            props = {**props, **more}
        if not props and additional is None and not schema.get('properties'):
            return  # a free-form object (e.g. Solr docs)
        for key, item in value.items():
            if key in props:
                undeclared(doc, props[key], item, f'{path}.{key}', out)
            elif additional is not None:
                undeclared(doc, additional, item, f'{path}.{key}', out)
            else:
                out.add(f'{path}.{key}')
    elif isinstance(value, list) and schema.get('items'):
        for item in value:
            undeclared(doc, schema['items'], item, f'{path}[]', out)
